"""What the facilitator types for a commitment: quantities, dates, and the checks of a draft."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workshop.domain.quantities import (
    CommitmentInputError,
    Problem,
    default_due_date,
    draft_problems,
    format_quantity,
    parse_date,
    parse_quantity,
)
from workshop.domain.records import Commitment, PartnerId, Workshop


def test_quantities_typed_in_french_or_english_are_read() -> None:
    """ "1 500,50", "1500.5", "1.500,50" and "2 000 €" are numbers; blank is no quantity."""
    assert parse_quantity("1 500,50") == 1500.5
    assert parse_quantity("1\u202f500,50") == 1500.5
    assert parse_quantity("1500.5") == 1500.5
    assert parse_quantity("1.500,50") == 1500.5
    assert parse_quantity("2 000 €") == 2000
    assert parse_quantity("  ") is None
    assert format_quantity(1500.5) == "1\u202f500,5"


@pytest.mark.parametrize(
    "typed",
    [
        "1.500",
        "1 500",
        "1\u00a0500",
        "1\u00a0500\u00a0€",
        "1\u202f500 €",
        "1500 €",
        "€1500",
        "1500 euros",
    ],
)
def test_thousands_typed_any_way_are_one_thousand_five_hundred(typed: str) -> None:
    """ "1.500", "1 500" (also with no-break or narrow spaces) and "1500 €" all mean 1 500."""
    assert parse_quantity(typed) == 1500
    assert parse_quantity(typed, lang="en") == 1500


def test_a_lone_comma_is_the_french_decimal_and_a_lone_point_before_three_digits_groups() -> None:
    """ "1,5" is one and a half; "1.5" too; "1.500" and "12.500.000" are thousands, "0.500" not."""
    assert parse_quantity("1,5") == 1.5
    assert parse_quantity("1,500") == 1.5
    assert parse_quantity("1,500", lang="en") == 1500
    assert parse_quantity("1.5") == 1.5
    assert parse_quantity("1.50") == 1.5
    assert parse_quantity("12.500.000") == 12_500_000
    assert parse_quantity("1,500,000") == 1_500_000
    assert parse_quantity("0.500") == 0.5
    assert parse_quantity("10.000,5") == 10_000.5


@pytest.mark.parametrize("text", ["1.5.6", "15.000.5", "1.50,5", "€", "1,500.5.0"])
def test_misplaced_separators_are_refused_rather_than_guessed(text: str) -> None:
    """A number whose separators do not group thousands is refused, with the quantity named."""
    with pytest.raises(CommitmentInputError) as caught:
        parse_quantity(text)
    assert caught.value.field == "quantity"


@pytest.mark.parametrize("text", ["beaucoup", "12abc", "1,2,3x", "--3"])
def test_a_quantity_that_is_not_a_number_is_refused_for_its_field(text: str) -> None:
    """Text that is not a number is refused with the quantity field named."""
    with pytest.raises(CommitmentInputError) as caught:
        parse_quantity(text)
    assert caught.value.problems == {"quantity": Problem.QUANTITY_NOT_NUMBER}
    assert caught.value.field == "quantity"


def test_refusals_are_worded_in_french_or_english() -> None:
    """The message of a refused quantity is French, or English when asked."""
    with pytest.raises(CommitmentInputError, match="nombre"):
        parse_quantity("beaucoup")
    with pytest.raises(CommitmentInputError, match="number"):
        parse_quantity("beaucoup", lang="en")
    with pytest.raises(CommitmentInputError, match="négative"):
        parse_quantity("-3")


def test_dates_are_read_the_french_way() -> None:
    """31/03/2027, 31.03.27 and 2027-03-31 are the same day; 31/02/2027 is refused."""
    assert parse_date("31/03/2027") == dt.date(2027, 3, 31)
    assert parse_date("31.03.27") == dt.date(2027, 3, 31)
    assert parse_date("2027-03-31") == dt.date(2027, 3, 31)
    assert parse_date("") is None
    with pytest.raises(CommitmentInputError):
        parse_date("31/02/2027")


def test_default_due_date_is_three_months_after_the_workshop() -> None:
    """A workshop on 30 November gives a due date on 28 February (clamped)."""
    workshop = Workshop(title="Atelier", date=dt.date(2026, 11, 30))
    assert default_due_date(workshop) == dt.date(2027, 2, 28)
    assert default_due_date(dataclasses.replace(workshop, date=None), dt.date(2026, 1, 31)) == (
        dt.date(2026, 4, 30)
    )


def test_a_draft_names_each_faulty_field() -> None:
    """An empty description, a negative quantity and a date before the workshop are all named."""
    workshop = Workshop(title="Atelier", date=dt.date(2026, 11, 26))
    draft = Commitment(
        partner_id=PartnerId(0), description=" ", quantity=-1, due_date=dt.date(2026, 1, 1)
    )
    assert draft_problems(draft, workshop) == {
        "description": Problem.DESCRIPTION_EMPTY,
        "quantity": Problem.QUANTITY_NEGATIVE,
        "due_date": Problem.DATE_BEFORE_WORKSHOP,
    }
    fine = dataclasses.replace(draft, description="Prêter", quantity=2, due_date=None)
    assert draft_problems(fine, workshop) == {}


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False).map(lambda v: round(v, 2)))
def test_a_quantity_shown_the_french_way_reads_back(value: float) -> None:
    """What the form shows (1 500,5) is read back as the same number."""
    assert parse_quantity(format_quantity(value)) == pytest.approx(value)
