"""The demo's second workshop: the follow-up, run at tables and with offers and needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.cli import main
from workshop.demo import load_demo
from workshop.demo_follow_up import FOLLOW_UP_TITLE, TABLES
from workshop.domain.vocabulary import Method
from workshop.queries.matching import offer_matches
from workshop.queries.tables import tables_overview, who_sat_where
from workshop.storage.store import Store


def test_the_follow_up_runs_four_hosted_tables_over_two_rounds(store: Store) -> None:
    """The follow-up has four named tables, each with a host and its cards, two rounds, and
    follows the first workshop; asked again, nothing is added."""
    first = load_demo(store, follow_up=True)
    (follow_up,) = store.workshops.find("title = ?", [FOLLOW_UP_TITLE])
    assert follow_up.previous_workshop_id == first.id
    assert follow_up.methods == (Method.OFFERS_NEEDS, Method.TABLES)
    overview = tables_overview(store, follow_up.id)
    assert [v.table.name for v in overview.tables] == list(TABLES)
    assert all(v.host is not None and v.members[0] == v.host for v in overview.tables)
    assert all(v.cards == 2 for v in overview.tables) and not overview.unseated
    assert overview.round == 2 and len(who_sat_where(store, follow_up.id).rounds) == 2
    counts = (store.workshops.count(), store.board.cards.count(), store.people.count())
    assert load_demo(store, follow_up=True).id == first.id
    assert (store.workshops.count(), store.board.cards.count(), store.people.count()) == counts


def test_the_follow_up_shows_who_brings_what_another_seeks(store: Store) -> None:
    """Its board's "what we seek" cards meet what others bring: L'Escale's search for premises
    finds Transports Rivière's storage."""
    load_demo(store, follow_up=True)
    (follow_up,) = store.workshops.find("title = ?", [FOLLOW_UP_TITLE])
    matches = offer_matches(store, follow_up.id)
    pairs = {(m.giver.name, m.seeker.name) for m in matches.matches}
    assert ("Transports Rivière", "Épicerie solidaire L'Escale") in pairs
    assert len(pairs) >= 10


def test_catalyse_demo_follow_up_adds_the_second_workshop(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`catalyse demo --follow-up` adds both workshops (and prints the first's id); plain
    `catalyse demo` keeps the one workshop the other commands take by default."""
    alone, both = tmp_path / "alone.sqlite", tmp_path / "both.sqlite"
    assert main(["demo", "--db", str(alone)]) == 0
    assert main(["demo", "--follow-up", "--db", str(both)]) == 0
    assert capsys.readouterr().out.split() == ["1", "1"]
    with Store.open(alone) as store:
        assert store.workshops.count() == 1
    with Store.open(both) as store:
        assert store.workshops.all()[0].title == FOLLOW_UP_TITLE
