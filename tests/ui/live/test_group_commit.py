"""The phones' cards taken in one batch of the server are written together: one undo step,
each phone answered its own card, a resend counted once."""

from __future__ import annotations

import json
from typing import Any

from ui.context import AppContext
from ui.live.service import LiveService
from workshop.live.http import CODE_HEADER, DEVICE_HEADER, HttpRequest, HttpResponse


def _request(service: LiveService, path: str, body: dict[str, Any], device: str = "") -> Any:
    headers = {CODE_HEADER: service.session.code, "content-type": "application/json"}
    if device:
        headers[DEVICE_HEADER] = device
    return HttpRequest(method="POST", path=path, headers=headers, body=json.dumps(body).encode())


def _join(service: LiveService, name: str) -> str:
    body = {"first_name": name, "organisation": "SCOP Cuisine Commune"}
    response = service.respond(_request(service, "/api/join", body))
    assert response.status == 201, response.body
    return str(json.loads(response.body)["device"])


def _batch(service: LiveService, requests: list[Any]) -> list[HttpResponse]:
    """The requests answered as the server answers a batch (one transaction)."""
    with service.batch(), service.context.store.atomic():
        later = [service.respond_later(request) for request in requests]
        service.flush_group()
    return [answer() for answer in later]


def test_cards_of_one_batch_are_one_undo_step_and_each_phone_gets_its_card(
    context: AppContext, qtbot: Any
) -> None:
    """Three phones' cards arriving together are one step of the Edit menu, "3 cartes des
    téléphones"; each phone is told the id of its own card; one undo takes the three back."""
    service = LiveService(context)
    store = context.store
    zone = store.board.zones.of_workshop(context.current_workshop_id)[0]
    devices = [_join(service, name) for name in ("Ana", "Bo", "Cy")]
    steps = context.undo_stack.count()
    requests = [
        _request(
            service,
            "/api/cards",
            {"request_id": "r1", "zone_id": zone.id, "text": f"Idée de {n}"},
            device,
        )
        for n, device in enumerate(devices)
    ]
    answers = _batch(service, requests)
    assert [a.status for a in answers] == [201, 201, 201]
    for n, answer in enumerate(answers):
        card = store.board.cards.get(json.loads(answer.body)["card_id"])
        assert card.text == f"Idée de {n}"
    assert context.undo_stack.count() == steps + 1
    assert context.undo_stack.undoText() == "3 cartes des téléphones"
    context.undo_stack.undo()
    assert store.board.cards.count("text LIKE 'Idée de %'") == 0


def test_a_resend_in_the_same_batch_is_one_card_and_a_refusal_stays_its_own(
    context: AppContext, qtbot: Any
) -> None:
    """A phone sending the same card twice in one batch gets the same answer twice (one card);
    a card for an unknown zone is refused alone, the others published."""
    service = LiveService(context)
    store = context.store
    zone = store.board.zones.of_workshop(context.current_workshop_id)[0]
    ana, bo = _join(service, "Ana"), _join(service, "Bo")
    card = {"request_id": "same", "zone_id": zone.id, "text": "Une fois"}
    requests = [
        _request(service, "/api/cards", card, ana),
        _request(service, "/api/cards", card, ana),
        _request(service, "/api/cards", {**card, "zone_id": 987654, "text": "Nulle part"}, bo),
        _request(service, "/api/cards", {**card, "request_id": "b2", "text": "Et moi"}, bo),
    ]
    first, again, refused, other = _batch(service, requests)
    assert first.status == again.status == 201 and first.body == again.body
    assert store.board.cards.count("text = 'Une fois'") == 1
    assert (refused.status, json.loads(refused.body)["field"]) == (422, "zone_id")
    assert other.status == 201 and store.board.cards.count("text = 'Et moi'") == 1
