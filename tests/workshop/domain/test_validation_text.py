"""Text fields at the core's boundary: a sane maximum length for every text a record holds."""

from __future__ import annotations

import pytest

from workshop.domain.records import Organisation, Person
from workshop.domain.validation import (
    TEXT_LIMITS,
    check_length,
    organisation_problems,
    person_problems,
)
from workshop.ops.registry import InvalidRecord, add_person
from workshop.storage.store import Store


def test_a_text_longer_than_its_field_is_refused_with_both_lengths() -> None:
    """A 42,000-character last name is refused with its length and the maximum (fr and en)."""
    assert check_length("last_name", "x" * 100) is None
    assert check_length("last_name", "x" * 42_000) == (
        "Ce texte est trop long : 42\u202f000 caractères, 100 au plus."
    )
    assert check_length("last_name", "x" * 42_000, "en") == (
        "This text is too long: 42,000 characters, at most 100."
    )


def test_every_text_field_of_a_record_has_a_maximum() -> None:
    """Each text field of an organisation or a person is checked for its length."""
    org = Organisation(
        **{f: "a" * 6000 for f in ("sector", "territory", "website", "needs", "notes")},
        name="a" * 6000,
    )  # type: ignore[arg-type]
    assert set(organisation_problems(org)) == {
        "name", "sector", "territory", "website", "needs", "notes"
    }  # fmt: skip
    person = Person(first_name="a" * 101, last_name="b", title="c" * 201, notes="d" * 5001)
    assert set(person_problems(person)) == {"first_name", "title", "notes"}
    assert all(limit >= 40 for limit in TEXT_LIMITS.values())


def test_the_desk_refuses_a_pasted_text_as_a_name(store: Store) -> None:
    """Adding a person whose last name is a pasted page is refused on that field; nothing is
    written."""
    with pytest.raises(InvalidRecord) as refused:
        add_person(store, Person(first_name="Léa", last_name="Martin " * 6000))
    assert refused.value.field == "last_name"
    assert "trop long" in str(refused.value)
    assert store.people.count() == 0
