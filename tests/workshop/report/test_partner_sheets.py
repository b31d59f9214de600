"""Partner sheets: one page per partner organisation with its commitments and co-partners."""

from __future__ import annotations

from pathlib import Path

from tests.workshop.report.conftest import page_count, pdf_text
from workshop.domain.records import Commitment, PartnerId
from workshop.domain.vocabulary import CommitmentStatus, ResourceKind
from workshop.ops.alliances import add_commitment
from workshop.queries.commitments import commitment_views
from workshop.report.data import ReportData, collect
from workshop.report.partner_sheets import build_partner_sheets, sheet_filename
from workshop.storage.store import Store


def test_one_single_page_sheet_per_partner(demo_data: ReportData, tmp_path: Path) -> None:
    """Every partner organisation gets its own one-page PDF, named after it."""
    paths = build_partner_sheets(demo_data, tmp_path / "sheets", "fr")
    partners = demo_data.partner_organisations()
    assert len(paths) == len(partners) > 3
    assert {p.name for p in paths} == {sheet_filename(o) for o in partners}
    assert all(page_count(p.read_bytes()) == 1 for p in paths)


def test_sheet_shows_commitments_and_co_partners_contacts_when_asked(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """With contacts asked for, a sheet lists the organisation's commitments and its
    co-partners' e-mails."""
    organisation = demo_data.partner_organisations()[0]
    path = next(
        p
        for p in build_partner_sheets(demo_data, tmp_path, "fr", contacts=True)
        if p.name == sheet_filename(organisation)
    )
    text = " ".join(pdf_text(path).split())
    own = [p for p in demo_data.partners if p.organisation_id == organisation.id]
    commitments = [c for c in demo_data.commitments if c.partner_id in {p.id for p in own}]
    for commitment in commitments:
        assert " ".join(commitment.description.split()[:3]) in text
    others = [
        p
        for o in own
        for p in demo_data.partners_of(o.alliance_id)
        if p.organisation_id != organisation.id and p.contact_person_id
    ]
    assert others
    compact = text.replace(" ", "")
    assert all(demo_data.people[p.contact_person_id].email in compact for p in others)


def test_no_sheet_holds_an_e_mail_address_or_a_phone_without_contacts(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """Without contacts asked for, no partner sheet of the demo holds an e-mail address or a
    phone number (they always did), the co-partners' names and contact persons stay."""
    import re

    paths = build_partner_sheets(demo_data, tmp_path, "fr")
    for path in paths:
        text = pdf_text(path)
        assert not re.search(r"\S+@\S+\.\w+", text), path.name
        assert not re.search(r"0\d(?:[ .]?\d\d){4}", text), path.name
    named = [p for p in demo_data.partners if p.contact_person_id]
    everything = " ".join(" ".join(pdf_text(path).split()) for path in paths)
    assert any(demo_data.people[p.contact_person_id].full_name in everything for p in named)


def test_sheet_filenames_are_safe() -> None:
    """File names keep ASCII letters and digits only, whatever the organisation's name."""
    from workshop.domain.records import Organisation, OrganisationId

    name = sheet_filename(Organisation(id=OrganisationId(7), name="../Restos du Cœur <x>/"))
    assert name == "0007-restos-du-coeur-x.pdf"


def test_a_partner_sheet_totals_its_pledges_with_each_status_apart(
    demo_store: Store, tmp_path: Path
) -> None:
    """A partner with 25 000 € proposed and 4 000 € confirmed reads both, never 29 000 €."""
    view = next(
        v
        for v in commitment_views(demo_store, workshop_id=demo_store.demo_id)  # type: ignore[attr-defined]
        if v.commitment.quantity == 25000
    )
    add_commitment(
        demo_store,
        view.alliance_id,
        view.organisation_id,
        Commitment(
            partner_id=PartnerId(0),
            description="Subvention d'amorçage",
            resource_kind=ResourceKind.FINANCIER,
            quantity=4000,
            unit="€",
            status=CommitmentStatus.CONFIRME,
        ),
    )
    data = collect(demo_store, demo_store.demo_id)  # type: ignore[attr-defined]
    organisation = data.organisations[view.organisation_id]
    path = next(
        p
        for p in build_partner_sheets(data, tmp_path, "fr")
        if p.name == sheet_filename(organisation)
    )
    text = " ".join(pdf_text(path).replace("\u00a0", " ").split())
    assert "Total de ses engagements Financier : 4 000 € confirmés · 25 000 € proposés" in text
    assert "29 000" not in text
