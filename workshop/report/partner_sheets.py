"""Partner sheets: for each partner organisation, its commitments and its co-partners."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from workshop.domain.records import Organisation
from workshop.domain.vocabulary import Lang
from workshop.report.data import ReportData
from workshop.report.document import Writer
from workshop.report.i18n import tr
from workshop.report.pages import canvas_maker, make_document, page_decoration
from workshop.report.typography import typography

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def sheet_filename(organisation: Organisation) -> str:
    """'0012-restos-du-coeur.pdf': the id keeps names unique, the slug keeps them readable."""
    name = organisation.name.translate(_LIGATURES)
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")
    return f"{organisation.id:04d}-{slug or 'organisation'}.pdf"


def build_partner_sheets(
    data: ReportData, out_dir: Path, lang: Lang = "fr", *, contacts: bool = False
) -> list[Path]:
    """Write one PDF per partner organisation into `out_dir` (created if needed); their paths.

    Co-partners are named with their role and contact person; their e-mail addresses and
    phone numbers only with `contacts` (the sheets leave the room, as the report does).
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    writer = Writer(data, lang, contacts=contacts)
    workshop = data.workshop
    footer = typography(" · ".join(x for x in (workshop.title, writer.date()) if x), lang)
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
            _sheet(writer, organisation),
            onFirstPage=decorate,
            onLaterPages=decorate,
            canvasmaker=canvas_maker(tr("page", lang)),
        )
        written.append(path)
    return written


def _sheet(writer: Writer, organisation: Organisation) -> list[Flowable]:
    data = writer.data
    own = [p for p in data.partners if p.organisation_id == organisation.id]
    flowables: list[Flowable] = [
        writer.p(data.workshop.title, "subtitle"),
        writer.p(organisation.name, "h1"),
        writer.p(writer.t("its_commitments"), "h2"),
    ]
    commitments = [c for c in data.commitments if c.partner_id in {p.id for p in own}]
    if commitments:
        flowables.append(writer.commitments_table(commitments, first="alliance"))
        flowables += writer.kind_totals(commitments, "partner_total")
    else:
        flowables.append(writer.p(writer.t("no_commitments"), "note"))
    flowables += [Spacer(1, 8), writer.p(writer.t("co_partners"), "h2")]
    for partner in own:
        alliance = data.alliance(partner.alliance_id)
        rows = []
        for other in data.partners_of(alliance.id):
            if other.organisation_id == organisation.id:
                continue
            person = data.people.get(other.contact_person_id) if other.contact_person_id else None
            row = [
                writer.cell(data.organisations[other.organisation_id].name),
                writer.cell(other.role.label(writer.lang)),
                writer.cell(person.full_name if person else ""),
            ]
            if writer.contacts:
                row += [
                    writer.cell(person.email if person else ""),
                    writer.cell(person.phone if person else ""),
                ]
            rows.append(row)
        flowables.append(
            writer.p(f"{alliance.name} ({partner.role.label(writer.lang)})", "cell_bold")
        )
        flowables.append(Spacer(1, 3))
        if rows:
            flowables.append(
                writer.table(
                    [writer.t("organisation"), writer.t("role"), writer.t("contact")]
                    + ([writer.t("email"), writer.t("phone")] if writer.contacts else []),
                    rows,
                    [115, 58, 85, 165, 70] if writer.contacts else [200, 90, 203],
                )
            )
        flowables.append(Spacer(1, 8))
    return flowables
