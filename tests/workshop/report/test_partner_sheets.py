"""Partner sheets: a letter per partner: its commitments, what to confirm by when, its alliances,
co-partners, the next meeting and whom to answer."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.workshop.report.conftest import page_count, pdf_text
from workshop.domain.records import Commitment, PartnerId
from workshop.domain.vocabulary import CommitmentStatus, Lang, ResourceKind
from workshop.ops.alliances import add_commitment
from workshop.ops.decisions import set_facilitator_contact, set_next_meeting
from workshop.queries.commitments import commitment_views
from workshop.report.data import ReportData, collect
from workshop.report.partner_sheets import build_partner_sheets, confirm_by, sheet_filename
from workshop.storage.store import Store


@pytest.fixture(scope="module")
def demo_sheets(
    demo_template: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory
) -> list[Path]:
    """The demo's partner sheets in French without contacts, built once for the tests that
    only read them."""
    template, demo_id = demo_template
    folder = tmp_path_factory.mktemp("demo-sheets")
    shutil.copy(template, folder / "demo.sqlite")
    with Store.open(folder / "demo.sqlite") as store:
        data = collect(store, demo_id)  # type: ignore[arg-type]
    return build_partner_sheets(data, folder / "sheets", "fr")


def test_one_single_page_sheet_per_partner(demo_data: ReportData, demo_sheets: list[Path]) -> None:
    """Every partner organisation gets its own one-page PDF, named after it."""
    paths = demo_sheets
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
    text = _flat(path)
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
    demo_data: ReportData, demo_sheets: list[Path]
) -> None:
    """Without contacts asked for, no partner sheet of the demo holds an e-mail address or a
    phone number (they always did), the co-partners' names and contact persons stay."""
    import re

    paths = demo_sheets
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
    assert "En résumé Financier : 4 000 € confirmés · 25 000 € proposés" in text
    assert "29 000" not in text


# ---------------------------------------------------------------- a letter to send


def _sheet_text(data: ReportData, tmp_path: Path, name: str, lang: Lang = "fr", **kw: bool) -> str:
    """The flattened text of one organisation's sheet (spaces of every kind made one)."""
    organisation = next(o for o in data.partner_organisations() if o.name == name)
    out = tmp_path / f"sheets-{lang}-{len(list(tmp_path.iterdir()))}"
    path = next(
        p
        for p in build_partner_sheets(data, out, lang, **kw)
        if p.name == sheet_filename(organisation)
    )
    return _flat(path)


def _flat(path: Path) -> str:
    """A sheet's text in reading order (a table cell's lines together, a word cut at a line's
    end joined again), spaces of every kind made one."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    raw = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    raw = re.sub(r"(?<=[a-zà-ÿ])-\n(?=[a-zà-ÿ])", "", raw)
    return " ".join(raw.replace("\u00a0", " ").replace("\u202f", " ").split())


def _with_follow_up(store: Store, day: dt.date | None, place: str, contact: str) -> ReportData:
    workshop_id = store.demo_id  # type: ignore[attr-defined]
    set_next_meeting(store, workshop_id, day, place)
    set_facilitator_contact(store, workshop_id, contact)
    return collect(store, workshop_id)


def test_a_sheet_asks_to_confirm_its_proposed_commitments_before_the_next_meeting(
    demo_store: Store, tmp_path: Path
) -> None:
    """The Région's proposed 25 000 € reads "À confirmer avant le 14 janvier 2027 (date de la
    prochaine rencontre)", and the meeting's date and place close the sheet."""
    data = _with_follow_up(demo_store, dt.date(2027, 1, 14), "Mairie, salle du conseil", "")
    text = _sheet_text(data, tmp_path, "Région Centre-Val de Loire")
    assert "À confirmer avant le 14 janvier 2027" in text
    assert "avant le 14 janvier 2027 (date de la prochaine rencontre)" in text
    assert "Vos engagements à confirmer" in text
    assert "Cofinancer l'équipement de la" in text
    assert "14/01/2027" in text  # the table's "À confirmer avant" column
    assert "Prochaine rencontre" in text
    assert "Le 14 janvier 2027, Mairie, salle du conseil." in text


def test_without_a_next_meeting_the_due_date_is_the_date_to_confirm_by(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """With no next meeting set, a proposed commitment is to be confirmed by its due date, and
    the sheet says the facilitator will give the meeting's date."""
    text = _sheet_text(demo_data, tmp_path, "Département de la Lise")
    assert "À confirmer avant le 31 mars 2027" in text
    assert "(échéance de l'engagement)" in text
    assert "Sa date vous sera communiquée par Claire Fontaine" in text


def test_a_commitment_due_before_the_next_meeting_is_to_be_confirmed_by_its_due_date() -> None:
    """The earlier of the next meeting and the due date is the date to confirm by; with
    neither, there is none (the sheet says as soon as possible)."""
    commitment = Commitment(partner_id=PartnerId(1), description="x", due_date=dt.date(2027, 2, 1))
    assert confirm_by(commitment, dt.date(2027, 3, 1)) == dt.date(2027, 2, 1)
    assert confirm_by(commitment, dt.date(2027, 1, 10)) == dt.date(2027, 1, 10)
    assert confirm_by(commitment, None) == dt.date(2027, 2, 1)
    undated = dataclasses.replace(commitment, due_date=None)
    assert confirm_by(undated, None) is None


def test_with_no_date_at_all_the_sheet_asks_to_confirm_as_soon_as_possible(
    demo_store: Store, tmp_path: Path
) -> None:
    """A proposed commitment without a due date, and no next meeting: "dès que possible"."""
    for view in commitment_views(demo_store, workshop_id=demo_store.demo_id):  # type: ignore[attr-defined]
        if view.commitment.quantity == 12000:
            demo_store.commitments.update(dataclasses.replace(view.commitment, due_date=None))
    data = collect(demo_store, demo_store.demo_id)  # type: ignore[attr-defined]
    text = _sheet_text(data, tmp_path, "Département de la Lise")
    assert "À confirmer dès que possible" in text
    assert "de le retirer dès que possible" in text


def test_a_partner_with_every_commitment_confirmed_has_nothing_to_confirm(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """The Communauté de communes confirmed its local: "Rien à confirmer", its commitment
    listed with its status and due date, and no "À confirmer avant"."""
    text = _sheet_text(demo_data, tmp_path, "Communauté de communes du Val de Lise")
    assert "Rien à confirmer" in text
    assert "À confirmer avant" not in text
    assert "Vos engagements confirmés" in text
    assert "Mettre à disposition un local" in text and "Confirmé" in text
    assert "31/03/2027" in text


def test_the_facilitator_and_the_contact_they_gave_are_on_every_sheet(
    demo_store: Store, tmp_path: Path
) -> None:
    """The facilitator's name and the contact they typed for the sheets are printed (without
    co-partners' contacts), whom to answer to confirm."""
    data = _with_follow_up(demo_store, None, "", "claire@catalyse.example · 06 12 34 56 78")
    text = _sheet_text(data, tmp_path, "Région Centre-Val de Loire")
    assert "Votre contact" in text
    assert "Claire Fontaine (animation de l'atelier), claire@catalyse.example" in text
    compact = text.replace(" ", "")
    assert compact.count("claire@catalyse.example") == 2  # in the request and in the contact
    assert "0612345678" in compact
    own = [p for p in data.partners if p.contact_person_id]
    assert not any(data.people[p.contact_person_id].email in compact for p in own)


def test_a_sheet_names_its_alliance_role_co_partners_and_what_they_bring(
    demo_data: ReportData, tmp_path: Path
) -> None:
    """The Région reads its alliance, its role in it, the alliance's objective and lead, and
    each co-partner with its role, contact person and what it brings."""
    text = _sheet_text(demo_data, tmp_path, "Région Centre-Val de Loire")
    assert "Cantines du Val — votre rôle : financeur" in text
    assert "Atteindre 50 % de produits locaux" in text
    assert "Pilote : Communauté de communes du Val de Lise" in text
    assert "SCOP Cuisine Commune Partenaire Lina Girard" in text
    assert "(10 jours, proposé)" in text
    assert "À l'attention de Chloé Thomas" in text


def test_an_english_sheet_asks_to_confirm_by_a_date(demo_store: Store, tmp_path: Path) -> None:
    """In English the request reads "To confirm by 14 January 2027"."""
    data = _with_follow_up(demo_store, dt.date(2027, 1, 14), "Town hall", "")
    text = _sheet_text(data, tmp_path, "Région Centre-Val de Loire", "en")
    assert "To confirm by 14 January 2027" in text
    assert "Your commitments to confirm" in text
    assert "On 14 January 2027, Town hall." in text
    assert "Cantines du Val — your role: funder" in text


def test_a_partner_with_many_proposed_commitments_gets_every_one_on_a_longer_sheet(
    demo_store: Store, tmp_path: Path
) -> None:
    """Forty proposed commitments go on as many pages as they need, each one printed, the
    table's header repeated, and the sheet still ends with whom to answer."""
    view = next(
        v
        for v in commitment_views(demo_store, workshop_id=demo_store.demo_id)  # type: ignore[attr-defined]
        if v.commitment.quantity == 25000
    )
    for n in range(40):
        add_commitment(
            demo_store,
            view.alliance_id,
            view.organisation_id,
            Commitment(
                partner_id=PartnerId(0),
                description=f"Engagement numéro {n:02d} " + "très long " * 12,
                resource_kind=ResourceKind.FINANCIER,
                quantity=1000 + n,
                unit="€",
            ),
        )
    data = collect(demo_store, demo_store.demo_id)  # type: ignore[attr-defined]
    organisation = data.organisations[view.organisation_id]
    path = next(
        p
        for p in build_partner_sheets(data, tmp_path, "fr")
        if p.name == sheet_filename(organisation)
    )
    assert page_count(path.read_bytes()) >= 2
    text = _flat(path)
    assert all(f"Engagement numéro {n:02d}" in text for n in range(40))
    assert text.count("Échéance") >= 2  # the header again on the next page
    assert "Votre contact" in text
    assert "41 engagements ont été proposés" in text


def test_a_co_partner_with_many_commitments_is_summed_up_in_a_few_lines(
    demo_store: Store, tmp_path: Path
) -> None:
    """The Région's sheet names the first three of the Communauté's five commitments, each cut
    to a line or two, then "et 2 autres engagements" (its own sheet gives them all)."""
    view = next(
        v
        for v in commitment_views(demo_store, workshop_id=demo_store.demo_id)  # type: ignore[attr-defined]
        if v.commitment.quantity == 120
    )
    for n in range(4):
        add_commitment(
            demo_store,
            view.alliance_id,
            view.organisation_id,
            Commitment(
                partner_id=PartnerId(0),
                description=f"Apport {n} " + "avec une description vraiment longue " * 4,
                resource_kind=ResourceKind.HUMAIN,
                quantity=2,
                unit="heures",
            ),
        )
    data = collect(demo_store, demo_store.demo_id)  # type: ignore[attr-defined]
    text = _sheet_text(data, tmp_path, "Région Centre-Val de Loire")
    assert "Mettre à disposition un local pour la légumerie (120 m², confirmé)" in text
    assert "Apport 1 avec une description vraiment longue avec une description…" in text
    assert "Apport 2" not in text
    assert "et 2 autres engagements" in text
    own = _sheet_text(data, tmp_path, "Communauté de communes du Val de Lise")
    assert all(f"Apport {n}" in own for n in range(4))
