"""Tables on paper: the table cards, the report's "Tables" section and the sign-in list."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.workshop.report.conftest import page_count, pdf_text, printed_texts
from tests.workshop.report.test_signin_sheet import needs_poppler, page_texts
from workshop.domain.records import Organisation, Person, PersonId, Workshop, WorkshopId
from workshop.domain.seating import SplitMode
from workshop.ops.tables import add_tables, next_round, set_table_host, split_into_tables
from workshop.ops.workshops import create_workshop
from workshop.report.data import collect
from workshop.report.document import Writer
from workshop.report.signin_sheet import write_signin_sheet
from workshop.report.table_cards import write_table_cards
from workshop.storage.store import Store

QUESTION = "Comment se déplacer sans voiture dans la Brenne ?"


@pytest.fixture
def seated(store: Store) -> tuple[WorkshopId, list[PersonId]]:
    """Eight people at two tables, two rounds, the first person hosting Table 1."""
    workshop = create_workshop(
        store, Workshop(title="World café <b>mobilités</b>", question=QUESTION)
    ).result
    people = []
    for n in range(8):
        org = store.organisations.add(Organisation(name=f"ACME & Fils {n}"))
        person = store.people.add(
            Person(first_name=f"Camille{n}", last_name=f"Roux{n}", organisation_id=org.id)
        )
        store.attendance.set_present(workshop.id, person.id, True)
        people.append(person.id)
    first, _ = add_tables(store, workshop.id, 2).result
    set_table_host(store, first.id, people[0])
    split_into_tables(store, workshop.id, SplitMode.RANDOM, seed=4)
    next_round(store, workshop.id, seed=4)
    return workshop.id, people


def test_one_table_card_per_table_with_its_name_host_people_and_the_question(
    store: Store, seated: tuple[WorkshopId, list[PersonId]], tmp_path: Path
) -> None:
    """Each table's card prints its name, its host, who sits there and the question."""
    workshop_id, _ = seated
    out = tmp_path / "cartes.pdf"
    assert write_table_cards(store, workshop_id, out) == 2
    assert page_count(out.read_bytes()) == 2
    text = " ".join(pdf_text(out).split())
    assert "Table 1" in text and "Table 2" in text
    assert "Hôte : Camille0 Roux0 (ACME & Fils 0)" in text
    assert "Hôte : à désigner" in text
    assert "Autour de la table, tour 2" in text
    assert " ".join(QUESTION.split()) in text.replace("\u202f", " ")
    assert "World café <b>mobilités</b>" in text  # printed as typed, never as markup
    again = io.BytesIO()
    write_table_cards(store, workshop_id, again)
    assert again.getvalue() == out.read_bytes()


def test_the_report_says_who_sat_where_round_by_round(
    store: Store, seated: tuple[WorkshopId, list[PersonId]]
) -> None:
    """The report's "Tables" section has one table per round, with the host and the others."""
    workshop_id, _ = seated
    texts = printed_texts(Writer(collect(store, workshop_id), "fr", False).flowables())
    joined = " ".join(texts).replace("\u00a0", " ")
    assert "Tables" in texts and "Tour 1" in texts and "Tour 2" in texts
    assert "Camille0 Roux0" in joined and "Camille3 Roux3 (ACME & Fils 3)" in joined
    assert joined.count("Camille5 Roux5") == 2 + 1  # a table in each round, and the list
    english = printed_texts(Writer(collect(store, workshop_id), "en", False).flowables())
    assert "Round 2" in english and "Host" in english


def test_a_workshop_without_tables_has_no_tables_section(store: Store) -> None:
    """A workshop that ran no tables prints no empty "Tables" section."""
    workshop = create_workshop(store, Workshop(title="Plénière seule")).result
    texts = printed_texts(Writer(collect(store, workshop.id), "fr", False).flowables())
    assert "Tour 1" not in texts and "Autour de la table" not in texts


@needs_poppler
def test_the_sign_in_list_shows_each_persons_tables(
    store: Store, seated: tuple[WorkshopId, list[PersonId]], tmp_path: Path
) -> None:
    """The sign-in sheet gains a column with each person's table in round 1, then round 2."""
    workshop_id, _ = seated
    out = tmp_path / "emargement.pdf"
    write_signin_sheet(store, workshop_id, out)
    (text,) = page_texts(out)
    assert "Tables (tour par tour)" in text
    assert "ROUX0 Camille0 ACME & Fils 0 Table 1 → Table 1" in text  # the host stays


def test_the_editable_report_says_who_sat_where_too(
    store: Store, seated: tuple[WorkshopId, list[PersonId]], tmp_path: Path
) -> None:
    """The .docx report has the "Tables" heading and a table per round, host named."""
    from tests.workshop.report.test_editable import blocks, headings
    from workshop.report.editable import write_editable_report

    workshop_id, _ = seated
    out = tmp_path / "rapport.docx"
    write_editable_report(collect(store, workshop_id), out)
    assert "Tables" in headings(out, 1)
    assert [h for h in headings(out, 2) if h.startswith("Tour")] == ["Tour 1", "Tour 2"]
    tables = [text.replace("\xa0", " ") for style, text in blocks(out) if style == "table"]
    assert any("Camille0 Roux0 (ACME & Fils 0)" in text for text in tables)
