"""The report's Forum ouvert and Sondages sections: sessions with host and participants, each
poll's results (bars, the top words), in French and English, user text printed literally."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from tests.workshop.report.conftest import printed_texts
from workshop.domain.polls import PollKind
from workshop.domain.records import Organisation, Person, Workshop, WorkshopId
from workshop.ops import open_space as osp
from workshop.ops import polls as pl
from workshop.ops.workshops import create_workshop
from workshop.report.data import collect
from workshop.report.document import Writer, build_report
from workshop.report.editable import write_editable_report
from workshop.storage.store import Store


@pytest.fixture
def workshop_id(store: Store) -> WorkshopId:
    """Two sessions and one topic waiting; a choice poll and a word cloud answered."""
    workshop = create_workshop(store, Workshop(title="Forum", date=dt.date(2026, 3, 12))).result
    org = store.organisations.add(Organisation(name="ACME & Fils"))
    people = [
        store.people.add(Person(first_name=f"Camille{n}", last_name="Roux", organisation_id=org.id))
        for n in range(4)
    ]
    slot = osp.add_slot(store, workshop.id, dt.time(14), dt.time(14, 45)).result
    room = osp.add_room(store, workshop.id, "Préau").result
    topic = osp.propose_topic(
        store, workshop.id, "<b>Vélo</b> & bus", host_person_id=people[0].id
    ).result
    osp.place_topic(store, topic.id, slot.id, room.id)
    for person in people[1:]:
        osp.join_topic(store, topic.id, person.id)
    osp.propose_topic(store, workshop.id, "Cantines bio", host="Jules Verne")
    poll = pl.add_poll(store, workshop.id, "Priorité ?", PollKind.CHOICE, ["Vélo", "Bus"]).result
    pl.open_poll(store, poll.id)
    bike, bus = store.polls.choices.of_poll(poll.id)
    pl.answer_from_phone(store, workshop.id, poll.id, "d1", choice_id=bus.id)
    pl.set_hand_count(store, bike.id, 3)
    words = pl.add_poll(store, workshop.id, "Un mot ?", PollKind.WORDS).result
    pl.add_hand_words(store, words.id, "Solidarité, solidarite, la mobilité")
    return workshop.id


def test_each_session_prints_its_slot_room_topic_host_and_participants(
    store: Store, workshop_id: WorkshopId
) -> None:
    """The open space section lists the session with everything about it, then the topic
    never placed; a title typed with markup prints as typed."""
    texts = printed_texts(Writer(collect(store, workshop_id), "fr", False).flowables())
    joined = " | ".join(texts)
    assert "Forum ouvert" in texts
    assert "14:00–14:45 | Préau | <b>Vélo</b> & bus | Camille0\u00a0Roux" in joined
    assert "Camille1\u00a0Roux (ACME & Fils), Camille2\u00a0Roux (ACME & Fils)" in joined
    assert "Cantines bio | Jules Verne" in joined


def test_polls_print_counts_shares_and_the_words_given_most(
    store: Store, workshop_id: WorkshopId
) -> None:
    """A choice poll prints phones, hands, total and share per choice, most chosen first; a
    word cloud its words with accents folded; the English report says the same."""
    fr = " | ".join(printed_texts(Writer(collect(store, workshop_id), "fr", False).flowables()))
    assert "Vélo | 0 | 3 | 3 | 75\u202f%" in fr and "Bus | 1 | 0 | 1 | 25\u202f%" in fr
    assert "solidarité | 2 | mobilité | 1" in fr
    en = " | ".join(printed_texts(Writer(collect(store, workshop_id), "en", False).flowables()))
    assert "Polls" in en and "Open space" in en and "Vélo | 0 | 3 | 3 | 75%" in en


def test_a_workshop_without_open_space_or_polls_has_neither_section(store: Store) -> None:
    """No empty heading: the sections appear only when the workshop used the methods."""
    workshop = create_workshop(store, Workshop(title="Rien")).result
    texts = printed_texts(Writer(collect(store, workshop.id), "fr", False).flowables())
    assert "Forum ouvert" not in texts and "Sondages" not in texts
    out = store.path.parent / "r.pdf"
    build_report(collect(store, workshop.id), out)
    assert out.stat().st_size > 0


def test_the_editable_report_has_the_same_sessions_and_results(
    store: Store, workshop_id: WorkshopId, tmp_path: Path
) -> None:
    """The Word version lists the session with its participants and each poll's counts."""
    out = tmp_path / "rapport.docx"
    write_editable_report(collect(store, workshop_id), out)
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Forum ouvert" in headings and "Sondages" in headings
    rows = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    assert any(r[:3] == ["14:00–14:45", "Préau", "<b>Vélo</b> & bus"] for r in rows)
    assert any(r[0] == "Vélo" and r[3] == "3" for r in rows)
    assert any(r == ["solidarité", "2"] for r in rows)
