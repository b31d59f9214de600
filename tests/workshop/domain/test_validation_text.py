"""Text fields at the core's boundary: a sane maximum length, no control nor invisible text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workshop.domain.records import Card, Organisation, Person
from workshop.domain.validation import (
    TEXT_LIMITS,
    check_length,
    clean_text,
    organisation_problems,
    person_problems,
)
from workshop.errors import InvalidInput
from workshop.importing import guess_mapping, import_rows, read_table
from workshop.live.api import LiveError, parse_card, parse_join
from workshop.live.limits import Limits
from workshop.ops.board import add_card
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


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("\x1b[31mMartin\x1b[0m", "Martin"),  # a terminal escape, removed whole
        ("\x1b]0;pwned\x07Léa", "Léa"),
        ("Ana\u202eyrreB", "AnayrreB"),  # a right-to-left override
        ("Zo\u200be\u2060", "Zoe"),
        ("Léa\x00\x07 \x85 Martin", "Léa Martin"),
        ("\u200b\u200b", ""),  # invisible only: empty
        ("\u3164", ""),  # a Hangul filler shows nothing
        ("👩\u200d👩\u200d👧 Famille", "👩\u200d👩\u200d👧 Famille"),  # joiners stay
        ("Saint-Étienne", "Saint-Étienne"),
    ],
)
def test_control_and_invisible_characters_are_stripped(typed: str, kept: str) -> None:
    """Escapes, controls, bidi overrides and zero-width characters never reach a record."""
    assert clean_text(typed) == kept


def test_a_multiline_text_keeps_its_line_breaks_only() -> None:
    """Notes keep their lines (from CR LF too); other controls go, tabs become spaces."""
    assert clean_text("Ligne 1\r\n\tLigne 2\x1b[1m\u2028Fin  ", multiline=True) == (
        "Ligne 1\n Ligne 2\nFin"
    )
    assert clean_text("Ligne 1\nLigne 2") == "Ligne 1 Ligne 2"


def test_the_desk_stores_names_without_terminal_escapes(store: Store) -> None:
    """A name pasted with colour codes is saved without them, every text field alike."""
    added = add_person(
        store,
        Person(
            first_name="\x1b[31mLéa", last_name="Martin\u202e", notes="a\x07\nb", title="\u200b"
        ),
    ).result
    saved = store.people.get(added.id)
    assert (saved.first_name, saved.last_name, saved.notes, saved.title) == (
        "Léa",
        "Martin",
        "a\nb",
        "",
    )


def test_a_card_of_zero_width_spaces_is_refused_as_empty(demo_store: Any) -> None:
    """A card whose text shows nothing is refused like an empty one."""
    workshop_id = demo_store.demo_id
    with pytest.raises(InvalidInput) as refused:
        add_card(demo_store, Card(workshop_id=workshop_id, text="\u200b\u200b\u2060"))
    assert refused.value.field == "text"
    card = add_card(demo_store, Card(workshop_id=workshop_id, text="\x1b[5mIdée\x1b[0m")).result
    assert demo_store.board.cards.get(card.id).text == "Idée"


def test_a_phone_goes_through_the_same_rule() -> None:
    """A phone's first name with escapes is cleaned; a card of invisible characters is missing."""
    limits = Limits()
    join = parse_join({"first_name": "\x1b[31mLéa\u200b", "organisation": "Mairie\u202e"}, limits)
    assert (join.first_name, join.organisation) == ("Léa", "Mairie")
    with pytest.raises(LiveError) as refused:
        parse_card({"request_id": "r1", "zone_id": 1, "text": "\u200b\u2060\ufeff"}, limits)
    assert (refused.value.status, refused.value.code) == (422, "missing")


def test_an_import_stores_no_control_character(store: Store, tmp_path: Path) -> None:
    """A file whose cells hold escapes and zero-width spaces imports clean text."""
    path = tmp_path / "sale.csv"
    path.write_text(
        "Nom;Prénom;E-mail;Fonction\n\x1b[31mMartin;Lé\u200ba;lea@exemple.fr;\u202eDG\n",
        encoding="utf-8",
    )
    table = read_table(path)
    import_rows(store, table, guess_mapping(table.headers))
    lea = store.people.by_email("lea@exemple.fr")
    assert lea is not None and (lea.first_name, lea.last_name, lea.title) == ("Léa", "Martin", "DG")
