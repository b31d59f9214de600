"""Records survive the trip to a row and back, whatever their field types."""

from __future__ import annotations

import datetime as dt

from workshop.domain.records import AgendaStep, Commitment, PartnerId, Person, Workshop
from workshop.domain.vocabulary import CommitmentStatus, DataBasis, ResourceKind
from workshop.storage.rows import from_row, to_row


def test_dates_times_enums_and_tuples_round_trip() -> None:
    """Dates, times, enums, SDG tuples and agenda steps come back equal."""
    workshop = Workshop(
        title="Atelier",
        date=dt.date(2026, 11, 26),
        start_time=dt.time(9, 30),
        sdgs=(2, 17),
        agenda=(AgendaStep(title="Accueil", minutes=20),),
    )
    row = to_row(workshop)
    assert row["date"] == "2026-11-26" and row["start_time"] == "09:30"
    assert from_row(Workshop, {"id": 3, **row}) == Workshop(**{**workshop.__dict__, "id": 3})


def test_missing_optionals_stay_none_and_text_stays_text() -> None:
    """A NULL optional reads as None, and a NULL text as an empty string."""
    person = from_row(
        Person,
        {
            "id": 1,
            "first_name": None,
            "consent_date": None,
            "data_basis": "consent",
            "organisation_id": None,
        },
    )
    assert person.first_name == "" and person.consent_date is None
    assert person.data_basis is DataBasis.CONSENT and person.organisation_id is None
    commitment = Commitment(
        partner_id=PartnerId(1),
        description="x",
        quantity=1500.5,
        resource_kind=ResourceKind.FINANCIER,
        status=CommitmentStatus.CONFIRME,
    )
    back = from_row(Commitment, {"id": 0, **to_row(commitment)})
    assert back == commitment
