"""A table's host on a phone: they say which table they host, and post for it, in its zone."""

from __future__ import annotations

from typing import Any

from tests.ui.live.conftest import Phone
from workshop.ops.tables import add_tables


def _tables(service: Any) -> list[Any]:
    context = service.context
    workshop_id = context.current_workshop_id
    return context.apply("tables", lambda store: add_tables(store, workshop_id, 2))


def test_a_host_chooses_their_table_then_posts_in_its_zone_in_its_name(
    live: Any, phone: Phone, qtbot: Any
) -> None:
    """The phone lists the tables; once host of Table 2, its card lands in Table 2's zone."""
    service, server = live
    _, second = _tables(service)
    service.flush_changes()
    assert phone.join("Zoé", "SCOP Cuisine Commune").status == 201
    state = phone.request("GET", "/api/state").json()
    assert [t["name"] for t in state["tables"]] == ["Table 1", "Table 2"]
    assert state["table"] is None and not state["tables"][1]["hosted"]
    reply = phone.request("POST", "/api/tables/host", {"request_id": "h1", "table_id": second.id})
    assert (reply.status, reply.json()) == (200, {"status": "hosting"})
    service.flush_changes()
    state = phone.request("GET", "/api/state").json()
    assert state["table"] == {"id": second.id, "name": "Table 2", "zone_id": second.zone_id}
    assert state["tables"][1]["hosted"]
    body = {"request_id": "c1", "zone_id": second.zone_id, "table_id": second.id, "text": "Vélo"}
    posted = phone.request("POST", "/api/cards", body)
    assert posted.status == 201
    card = service.context.store.board.cards.get(posted.json()["card_id"])
    assert (card.zone_id, card.tags, card.person_id) == (second.zone_id, ("Table 2",), None)

    other = Phone(qtbot, server.port, service.session.code)
    assert other.join("Inès", "CCI de la Lise").status == 201
    taken = other.request("POST", "/api/tables/host", {"request_id": "h2", "table_id": second.id})
    assert (taken.status, taken.json()["error"]) == (422, "host_taken")
    body["request_id"] = "c2"
    refused = other.request("POST", "/api/cards", body)
    assert (refused.status, refused.json()["error"]) == (422, "not_host")


def test_a_host_who_steps_down_writes_in_their_own_name_again(live: Any, phone: Phone) -> None:
    """ "Je ne suis plus l'hôte" frees the table: the phone hosts none, the table has no host."""
    service, _ = live
    first, _ = _tables(service)
    assert phone.join("Zoé", "SCOP Cuisine Commune").status == 201
    phone.request("POST", "/api/tables/host", {"request_id": "h1", "table_id": first.id})
    left = phone.request("POST", "/api/tables/host", {"request_id": "h2", "table_id": None})
    assert (left.status, left.json()) == (200, {"status": "not_hosting"})
    service.flush_changes()
    state = phone.request("GET", "/api/state").json()
    assert state["table"] is None and not state["tables"][0]["hosted"]
