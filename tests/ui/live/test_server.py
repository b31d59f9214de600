"""Phones talk to the live server over real HTTP; what they send reaches the board safely."""

from __future__ import annotations

import json
from typing import Any

from tests.sql_count import counting
from ui.live.server import LiveServer
from ui.live.service import LiveService
from workshop.domain.changes import Area, Changes
from workshop.domain.vocabulary import OrganisationKind


def _zones(service: LiveService) -> list[Any]:
    context = service.context
    assert context.current_workshop_id is not None
    return context.store.board.zones.of_workshop(context.current_workshop_id)


def test_nothing_listens_until_started(context: Any) -> None:
    """The server binds no port until the switch is on, and frees it when stopped."""
    server = LiveServer(LiveService(context))
    assert not server.running and server.port == 0
    url = server.start("127.0.0.1")
    assert server.running and url.startswith(f"http://127.0.0.1:{server.port}/?code=")
    server.stop()
    assert not server.running and server.url == ""


def test_a_joined_phone_posts_a_card_that_reaches_the_board(
    live: Any, phone: Any, qtbot: Any
) -> None:
    """A card posted from a phone is saved with its author, in its zone, and the board is told."""
    service, _ = live
    store = service.context.store
    zone = _zones(service)[1]
    state = phone.request("GET", "/api/state")
    assert state.status == 200
    assert zone.name in [z["name"] for z in state.json()["zones"]]
    assert phone.join("Zoé", "Association Toute Nouvelle", "association").status == 201
    with qtbot.waitSignal(
        service.context.data_changed,
        check_params_cb=lambda changes, _initiator: changes.touches(Area.BOARD),
    ):
        reply = phone.request(
            "POST",
            "/api/cards",
            {"request_id": "a1", "zone_id": zone.id, "text": "Un four partagé"},
        )
    assert reply.status == 201
    card = store.board.cards.get(reply.json()["card_id"])
    assert (card.text, card.zone_id, card.source) == ("Un four partagé", zone.id, "phone")
    person = store.people.get(card.person_id)
    organisation = store.organisations.get(card.organisation_id)
    assert (person.first_name, organisation.name) == ("Zoé", "Association Toute Nouvelle")
    assert organisation.kind == OrganisationKind.ASSOCIATION
    assert zone.x <= card.x < zone.x + zone.width


def test_an_organisation_the_registry_does_not_know_needs_its_kind(live: Any, phone: Any) -> None:
    """Joining with an unknown organisation is refused until a kind is chosen; none is guessed."""
    service, _ = live
    store = service.context.store
    before = store.organisations.count()
    refused = phone.join("Zoé", "Collectif Tout Neuf")
    assert (refused.status, refused.json()) == (
        422,
        {"error": "unknown_organisation", "field": "organisation"},
    )
    assert "organisation_kinds" in phone.request("GET", "/api/state").json()
    assert phone.join("Zoé", "Collectif Tout Neuf", "pas_un_type").status == 422
    assert store.organisations.count() == before
    assert phone.join("Zoé", "Collectif Tout Neuf", "reseau").status == 201
    assert store.organisations.count() == before + 1  # of the kind chosen, as Zoé joins
    zone = _zones(service)[0]
    phone.request("POST", "/api/cards", {"request_id": "k1", "zone_id": zone.id, "text": "Oui"})
    (added,) = store.organisations.find("name = 'Collectif Tout Neuf'")
    assert added.kind == OrganisationKind.RESEAU


def test_a_known_organisation_typed_differently_is_the_registry_one(live: Any, phone: Any) -> None:
    """ "scop cuisine commune" joins as the registry's SCOP Cuisine Commune, nothing added."""
    service, _ = live
    store = service.context.store
    before = store.organisations.count()
    assert phone.join("Zoé", "scop cuisine commune").status == 201
    zone = _zones(service)[0]
    reply = phone.request(
        "POST", "/api/cards", {"request_id": "c1", "zone_id": zone.id, "text": "Idée"}
    )
    card = store.board.cards.get(reply.json()["card_id"])
    assert store.organisations.get(card.organisation_id).name == "SCOP Cuisine Commune"
    assert store.organisations.count() == before


def test_a_retried_post_counts_once_and_undo_removes_the_card(live: Any, phone: Any) -> None:
    """The same request sent twice adds one card; the facilitator's undo takes it away."""
    service, _ = live
    store = service.context.store
    zone = _zones(service)[0]
    phone.join()
    body = {"request_id": "same-1", "zone_id": zone.id, "text": "Idée envoyée deux fois"}
    first = phone.request("POST", "/api/cards", body)
    second = phone.request("POST", "/api/cards", body)
    assert first.status == second.status == 201
    assert first.json() == second.json()
    assert store.board.cards.count("text = ?", ["Idée envoyée deux fois"]) == 1
    service.context.undo_stack.undo()
    assert store.board.cards.count("text = ?", ["Idée envoyée deux fois"]) == 0


def test_a_wrong_or_missing_code_is_refused(live: Any, phone: Any) -> None:
    """Without the room's access code, every API call is 403."""
    zone = _zones(live[0])[0]
    phone.join()
    phone.headers["X-Catalyse-Code"] = "WRONG123"
    assert phone.request("GET", "/api/state").status == 403
    body = {"request_id": "x", "zone_id": zone.id, "text": "intrus"}
    assert phone.request("POST", "/api/cards", body).status == 403
    phone.headers["X-Catalyse-Code"] = ""
    assert (
        phone.request("POST", "/api/join", {"first_name": "A", "organisation": "B"}).status == 403
    )


def test_a_closed_zone_refuses_cards(live: Any, phone: Any) -> None:
    """Once the facilitator closes a zone, phones no longer see it and cannot post to it."""
    service, _ = live
    zone = _zones(service)[2]
    service.set_zone_open(zone.id, False)
    phone.join()
    assert zone.id not in [z["id"] for z in phone.request("GET", "/api/state").json()["zones"]]
    reply = phone.request(
        "POST", "/api/cards", {"request_id": "c", "zone_id": zone.id, "text": "x"}
    )
    assert (reply.status, reply.json()["error"]) == (409, "zone_closed")


def test_oversized_fields_and_bodies_are_refused(live: Any, phone: Any) -> None:
    """A 501-character card is 422; a body over the cap is 413 before it is read as JSON."""
    zone = _zones(live[0])[0]
    phone.join()
    long_card = {"request_id": "l", "zone_id": zone.id, "text": "x" * 501}
    reply = phone.request("POST", "/api/cards", long_card)
    assert (reply.status, reply.json()["field"]) == (422, "text")
    huge = phone.request("POST", "/api/cards", raw=b'{"text":"' + b"x" * 20_000 + b'"}')
    assert huge.status == 413
    plain = phone.request("POST", "/api/join", raw=b"first_name=a", Content_Type="text/plain")
    assert plain.status in (400, 415)


def test_a_phone_posting_too_fast_is_slowed_down(live: Any, phone: Any) -> None:
    """Past its burst a device gets 429 with Retry-After; cards past the limit are not saved."""
    service, _ = live
    zone = _zones(service)[0]
    phone.join()
    statuses = [
        phone.request(
            "POST", "/api/cards", {"request_id": f"r{i}", "zone_id": zone.id, "text": f"rafale {i}"}
        ).status
        for i in range(18)
    ]
    assert statuses.count(201) == 15 and statuses[-1] == 429
    limited = phone.request(
        "POST", "/api/cards", {"request_id": "late", "zone_id": zone.id, "text": "encore"}
    )
    assert int(limited.headers["retry-after"]) >= 1
    assert service.context.store.board.cards.count("text LIKE 'rafale %'") == 15


def test_markup_stays_text(live: Any, phone: Any) -> None:
    """A `<script>` card is stored literally and never goes back out as markup."""
    service, _ = live
    zone = _zones(service)[0]
    phone.join("<b>Eve</b>", "<img src=x onerror=alert(1)>", "citoyen")
    text = "<script>alert('x')</script>"
    reply = phone.request(
        "POST", "/api/cards", {"request_id": "s", "zone_id": zone.id, "text": text}
    )
    card = service.context.store.board.cards.get(reply.json()["card_id"])
    assert card.text == text
    state = phone.request("GET", "/api/state")
    assert b"<" not in state.body
    assert state.json()["participant"]["first_name"] == "<b>Eve</b>"
    page = phone.request("GET", "/")
    assert page.headers["x-content-type-options"] == "nosniff"
    assert b"innerHTML" not in phone.request("GET", "/static/app.js").body


def test_only_the_app_files_are_served(phone: Any) -> None:
    """Path traversal and unknown paths are 404; the page's own files are served."""
    assert phone.request("GET", "/").status == 200
    assert phone.request("GET", "/static/app.css").status == 200
    for path in (
        "/static/../../../etc/passwd",
        "/static/%2e%2e/%2e%2e/pyproject.toml",
        "/static/..%2f..%2fworkshop%2flive%2fapi.py",
        "/assets/web/app.js",
        "/etc/passwd",
    ):
        missing = phone.request("GET", path)
        assert missing.status == 404, path
        assert "default-src 'self'" in missing.headers["content-security-policy"]
    assert phone.request("DELETE", "/api/state").status == 405
    assert phone.request("GET", "/", Host="attacker.example").status == 421
    assert phone.request("GET", "/", Host="").status == 421


def test_votes_count_against_the_running_round(live: Any, phone: Any) -> None:
    """While a vote runs a phone spends its votes on cards; then it is told none are left."""
    from workshop.storage.board import VoteRound

    service, _ = live
    store = service.context.store
    workshop_id = service.context.current_workshop_id
    card = store.board.cards.of_workshop(workshop_id)[0]
    phone.join("Inès", "Pôle ESS Val de Lise")
    assert phone.request("GET", "/api/state").json()["vote"] is None
    refused = phone.request("POST", "/api/votes", {"request_id": "v0", "card_id": card.id})
    assert refused.status == 409
    store.board.rounds.add(VoteRound(workshop_id=workshop_id, votes_per_person=2))
    service.context.notify(Changes.of(Area.BOARD))
    vote = phone.request("GET", "/api/state").json()["vote"]
    assert vote["votes_left"] == 2 and card.id in [c["id"] for c in vote["cards"]]
    before = store.board.votes.count("card_id = ?", [card.id])
    replies = [
        phone.request("POST", "/api/votes", {"request_id": f"v{i}", "card_id": card.id})
        for i in range(1, 4)
    ]
    assert [r.status for r in replies] == [201, 201, 409]
    assert replies[1].json()["votes_left"] == 0
    assert store.board.votes.count("card_id = ?", [card.id]) == before + 2


def test_moderated_cards_and_commitments_wait_for_the_facilitator(live: Any, phone: Any) -> None:
    """In moderation mode a card waits in the inbox; accepted, it is a card; a commitment
    accepted becomes a proposed commitment of a new partner."""
    service, _ = live
    store = service.context.store
    workshop_id = service.context.current_workshop_id
    zone = _zones(service)[1]
    alliance = store.alliances.of_workshop(workshop_id)[0]
    service.set_moderated(True)
    phone.join("Noé", "Une Structure Inconnue", "entreprise")
    card = phone.request(
        "POST", "/api/cards", {"request_id": "m1", "zone_id": zone.id, "text": "À relire"}
    )
    assert (card.status, card.json()["status"]) == (202, "pending")
    proposal = {
        "request_id": "m2",
        "alliance_id": alliance.id,
        "description": "Deux jours de bénévolat",
        "resource_kind": "humain",
        "quantity": "2",
        "due_date": "2099-06-30",
    }
    assert phone.request("POST", "/api/commitments", proposal).status == 202
    assert store.board.cards.count("text = 'À relire'") == 0
    pending = service.session.inbox.items()
    assert [p.text for p in pending] == ["À relire", "Deux jours de bénévolat"]
    service.edit(pending[0].id, "À relire, corrigé")
    assert service.accept(pending[0].id)
    assert store.board.cards.count("text = 'À relire, corrigé' AND source = 'phone'") == 1
    assert service.accept(pending[1].id)
    (commitment,) = store.commitments.find("description = 'Deux jours de bénévolat'")
    partner = store.partners.get(commitment.partner_id)
    assert partner.alliance_id == alliance.id
    organisation = store.organisations.get(partner.organisation_id)
    assert (organisation.name, organisation.kind) == (
        "Une Structure Inconnue",
        OrganisationKind.ENTREPRISE,
    )
    assert (commitment.status.value, commitment.quantity) == ("propose", 2.0)
    assert len(service.session.inbox) == 0
    rejected = phone.request(
        "POST", "/api/cards", {"request_id": "m3", "zone_id": zone.id, "text": "Non"}
    )
    assert rejected.status == 202
    assert service.reject(service.session.inbox.items()[0].id)
    assert store.board.cards.count("text = 'Non'") == 0


def test_a_card_from_a_newcomer_is_one_transaction_and_one_undo_step(live: Any, phone: Any) -> None:
    """A newcomer's card (their organisation and themself added) is saved in one transaction,
    and one undo takes all of it away."""
    service, _ = live
    store = service.context.store
    zone = _zones(service)[0]
    phone.join("Zoé", "Collectif Tout Neuf", "reseau")
    people, organisations = store.people.count(), store.organisations.count()
    body = {"request_id": "one", "zone_id": zone.id, "text": "Une seule transaction"}
    with counting(store) as counted:
        reply = phone.request("POST", "/api/cards", body)
    assert reply.status == 201
    assert counted.transactions == 1
    assert service.context.undo_stack.undoText() == "Contribution de Zoé (Collectif Tout Neuf)"
    service.context.undo_stack.undo()
    assert store.board.cards.count("text = 'Une seule transaction'") == 0
    assert (store.people.count(), store.organisations.count()) == (people, organisations)


def test_a_quantity_typed_on_a_phone_is_the_amount_meant(live: Any, phone: Any) -> None:
    """ "1.500" and "1 500 €" (no-break spaces) typed on a phone become 1 500 €, "1,5" stays
    one and a half, and a number that is not one is refused with the quantity field named."""
    service, _ = live
    store = service.context.store
    alliance = store.alliances.of_workshop(service.context.current_workshop_id)[0]
    phone.join("Noé", "Une Structure Inconnue", "entreprise")
    typed = {"q1": "1.500", "q2": "1\u00a0500\u00a0€", "q3": "1\u202f500 €", "q4": "1,5"}
    for request_id, quantity in typed.items():
        proposal = {
            "request_id": request_id,
            "alliance_id": alliance.id,
            "description": f"Subvention {request_id}",
            "resource_kind": "financier",
            "quantity": quantity,
            "lang": "fr",
        }
        assert phone.request("POST", "/api/commitments", proposal).status == 202
    for pending in service.session.inbox.items():
        assert service.accept(pending.id)
    amounts = {
        c.description: c.quantity for c in store.commitments.find("description LIKE 'Subvention%'")
    }
    assert amounts == {
        "Subvention q1": 1500.0,
        "Subvention q2": 1500.0,
        "Subvention q3": 1500.0,
        "Subvention q4": 1.5,
    }
    refused = phone.request(
        "POST",
        "/api/commitments",
        {
            "request_id": "q5",
            "alliance_id": alliance.id,
            "description": "Subvention",
            "resource_kind": "financier",
            "quantity": "1.5.6",
        },
    )
    assert (refused.status, refused.json()) == (422, {"error": "invalid", "field": "quantity"})


def test_one_phone_cannot_stuff_a_vote_with_identities(live: Any, qtbot: Any) -> None:
    """A script on one phone joining as 9 people in a burst to put 27 dots on one card gets 3
    participants and 9 dots; joining again with its token is the same participant, as
    declared, with no dot left."""
    from tests.ui.live.conftest import Phone
    from workshop.storage.board import VoteRound

    service, server = live
    context = service.context
    store = context.store
    workshop_id = context.current_workshop_id
    store.board.rounds.add(VoteRound(workshop_id=workshop_id, votes_per_person=3))
    context.notify(Changes.of(Area.BOARD))
    card = store.board.cards.of_workshop(workshop_id)[0]
    before = store.board.votes.count("card_id = ?", [card.id])
    dots = 0
    for n in range(9):
        bot = Phone(qtbot, server.port, service.session.code)
        joined = bot.join(f"Bot{n}", "SCOP Cuisine Commune")
        if joined.status != 201:
            assert (joined.status, joined.json()["error"]) == (429, "too_many_joins")
            continue
        for k in range(3):
            body = {"request_id": f"v{n}-{k}", "card_id": card.id}
            dots += bot.request("POST", "/api/votes", body).status == 201
        again = bot.join(f"Autre{n}", "SCOP Cuisine Commune")  # with its token
        assert (again.status, again.json()["device"]) == (200, bot.device)
        state = bot.request("GET", "/api/state").json()
        assert state["participant"]["first_name"] == f"Bot{n}"  # as declared at join
        assert state["vote"]["votes_left"] == 0
        extra = bot.request("POST", "/api/votes", {"request_id": f"w{n}", "card_id": card.id})
        assert (extra.status, extra.json()["error"]) == (409, "no_votes_left")
    assert dots == 9
    assert store.board.votes.count("card_id = ?", [card.id]) == before + 9
    assert not store.people.find("first_name LIKE 'Autre%'")
    assert store.people.count("first_name LIKE 'Bot%'") == 3  # a refused join wrote nothing


def test_a_huge_number_is_a_400_naming_its_field(live: Any, phone: Any) -> None:
    """A 5,000-digit number in the JSON is refused with 400 and its field (it was a 500), and
    nothing is written."""
    service, _ = live
    store = service.context.store
    phone.join()
    cards = store.board.cards.count()
    body = b'{"request_id": "n1", "zone_id": ' + b"9" * 5000 + b', "text": "x"}'
    reply = phone.request("POST", "/api/cards", raw=body)
    assert (reply.status, reply.json()) == (400, {"error": "bad_number", "field": "zone_id"})
    join = b'{"first_name": "A", "organisation": "B", "organisation_kind": ' + b"1" * 5000 + b"}"
    reply = phone.request("POST", "/api/join", raw=join)
    assert (reply.status, reply.json()["field"]) == (400, "organisation_kind")
    deep = phone.request("POST", "/api/votes", raw=b'{"card_id": ' + b"[" * 900 + b"]" * 900 + b"}")
    assert deep.status == 400
    assert store.board.cards.count() == cards


def test_a_phone_told_busy_gets_the_first_answer_when_it_sends_again(
    live: Any, phone: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """When the desk answers a card after the phone was told "busy" (503), the phone's resend
    with the same request id gets that first answer: one card, never two."""
    import time

    from workshop.live import serving

    service, _ = live
    store = service.context.store
    zone = _zones(service)[0]
    phone.join()
    monkeypatch.setattr(serving, "ANSWER_TIMEOUT_S", 0.3)
    respond = service.respond_later
    slowed: list[bool] = []

    def slow_once(request: Any) -> Any:
        if request.path == "/api/cards" and not slowed:
            slowed.append(True)
            time.sleep(0.8)  # the desk is busy: the phone is told 503 meanwhile
        return respond(request)

    monkeypatch.setattr(service, "respond_later", slow_once)
    body = {"request_id": "busy-1", "zone_id": zone.id, "text": "Idée d'un téléphone pressé"}
    first = phone.request("POST", "/api/cards", body)
    assert (first.status, first.json()["error"]) == (503, "busy")
    qtbot.waitUntil(lambda: store.board.cards.count("text = ?", [body["text"]]) == 1)
    again = phone.request("POST", "/api/cards", body)
    assert again.status == 201
    (card,) = store.board.cards.find("text = ?", [body["text"]])
    assert again.json() == {"status": "published", "card_id": card.id}
    other = phone.request("POST", "/api/votes", {"request_id": "busy-1", "card_id": card.id})
    assert (other.status, other.json()["field"]) == (422, "request_id")  # not the card's answer


def test_a_batch_that_could_not_be_saved_leaves_no_trace(
    live: Any, phone: Any, qtbot: Any, monkeypatch: Any
) -> None:
    """When the desk cannot save a batch, the phones are told 503 "not saved" and nothing of
    their requests stays (no card, no contribution waiting, no answer to replay): the resend
    is taken afresh, once."""
    import contextlib
    import sqlite3

    service, _ = live
    store = service.context.store
    zone = _zones(service)[0]
    phone.join()
    real_atomic = store.atomic
    failing = [True]

    @contextlib.contextmanager
    def atomic_that_fails_once() -> Any:
        outermost = not store.db.conn.in_transaction  # the batch's, not an operation's
        with real_atomic():
            yield
            if failing and outermost:
                failing.clear()
                raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "atomic", atomic_that_fails_once)
    body = {"request_id": "lost-1", "zone_id": zone.id, "text": "Idée non enregistrée"}
    lost = phone.request("POST", "/api/cards", body)
    assert (lost.status, lost.json()["error"]) == (503, "not_saved")
    assert store.board.cards.count("text = ?", [body["text"]]) == 0
    again = phone.request("POST", "/api/cards", body)
    assert again.status == 201
    assert store.board.cards.count("text = ?", [body["text"]]) == 1
    assert store.board.cards.get(again.json()["card_id"]).text == body["text"]
    service.set_moderated(True)
    failing.append(True)
    pending = {"request_id": "lost-2", "zone_id": zone.id, "text": "À relire"}
    assert phone.request("POST", "/api/cards", pending).status == 503
    assert len(service.session.inbox) == 0
    assert phone.request("POST", "/api/cards", pending).status == 202
    assert len(service.session.inbox) == 1
    failing.append(True)
    newcomer = type(phone)(phone.qtbot, phone.port, phone.code)
    assert newcomer.join("Yaël", "SCOP Cuisine Commune").status == 503
    assert newcomer.device == "" and not store.people.find("first_name = 'Yaël'")
    assert len(service.session.devices) == 1


def test_a_phone_whose_arrival_was_undone_is_one_participant_again(live: Any, phone: Any) -> None:
    """The facilitator undoes a phone's arrival: its next vote asks it to join again (with its
    token: the same phone, as declared), and its cards are then one person's, not one each."""
    from workshop.storage.board import VoteRound

    service, _ = live
    context = service.context
    store = context.store
    workshop_id = context.current_workshop_id
    store.board.rounds.add(VoteRound(workshop_id=workshop_id, votes_per_person=3))
    context.notify(Changes.of(Area.BOARD))
    card = store.board.cards.of_workshop(workshop_id)[0]
    phone.join("Léonie", "SCOP Cuisine Commune")
    context.undo_stack.undo()  # "Arrivée de Léonie (SCOP Cuisine Commune) depuis un téléphone"
    assert not store.people.find("first_name = 'Léonie'")
    vote = phone.request("POST", "/api/votes", {"request_id": "u1", "card_id": card.id})
    assert (vote.status, vote.json()["error"]) == (401, "not_joined")
    token = phone.device
    assert phone.join("Léonie", "SCOP Cuisine Commune").status == 200
    assert phone.device == token
    assert (
        phone.request("POST", "/api/votes", {"request_id": "u2", "card_id": card.id}).status == 201
    )
    context.undo_stack.undo()  # the vote
    context.undo_stack.undo()  # the arrival again
    zone = _zones(service)[0]
    for n in range(2):
        body = {"request_id": f"c{n}", "zone_id": zone.id, "text": f"Idée {n} de Léonie"}
        assert phone.request("POST", "/api/cards", body).status == 201
    (leonie,) = store.people.find("first_name = 'Léonie'")
    assert store.board.cards.count("person_id = ?", [leonie.id]) == 2


def test_phones_are_told_not_saved_when_the_file_was_taken_away(
    live: Any, phone: Any, monkeypatch: Any
) -> None:
    """When the database was replaced under the app (it stops writing), a phone's card is
    answered 503 "not saved" at once, and the server does not spin on the waiting calls."""
    from workshop.errors import DatabaseLost

    service, _ = live
    store = service.context.store
    zone = _zones(service)[0]
    phone.join()

    def refused() -> Any:
        raise DatabaseLost("the file was replaced")

    monkeypatch.setattr(store, "atomic", refused)
    body = {"request_id": "gone-1", "zone_id": zone.id, "text": "Idée sans fichier"}
    reply = phone.request("POST", "/api/cards", body)
    assert (reply.status, reply.json()["error"]) == (503, "not_saved")


# ---- issue 13: what a first-time participant needs from the server --------------------------


def _workshop_id(service: LiveService) -> Any:
    workshop_id = service.context.current_workshop_id
    assert workshop_id is not None
    return workshop_id


def _start_round(service: LiveService, votes: int, zone_ids: list[int]) -> Any:
    """A dot vote started on the board (on some zones, or [] for all), as the phones see it."""
    from workshop.ops import live as live_ops  # noqa: F401 (the ops the phones run)

    vote_round = service.context.store.board.rounds.start(_workshop_id(service), votes, zone_ids)
    service.context.notify(Changes.of(Area.BOARD))
    return vote_round


def test_the_state_names_the_question_and_speaks_the_page_language(live: Any, phone: Any) -> None:
    """A phone reads the workshop's question, whether it is anonymous, each zone's prompt, and
    the usual units in the state's language (no "heures" in English)."""
    from ui.i18n import current_lang  # noqa: F401 (the app's language is the state's)

    service, _ = live
    workshop = service.context.store.workshops.get(_workshop_id(service))
    state = phone.request("GET", "/api/state").json()
    assert state["question"] == workshop.question and state["question"]
    assert state["anonymous"] is False
    assert all(zone["prompt"] == "" for zone in state["zones"])
    kinds = {kind["value"]: kind for kind in state["resource_kinds"]}
    if state["lang"] == "en":
        assert kinds["humain"]["unit"] == "hours" and "people" in kinds["humain"]["units"]
    else:
        assert kinds["humain"]["unit"] == "heures" and "personnes" in kinds["humain"]["units"]
    assert kinds["materiel"]["units"][1] == "m²"
    assert kinds["humain"]["units_by_lang"] == {
        "fr": ["heures", "personnes", "jours"],
        "en": ["hours", "people", "days"],
    }


def test_the_state_lists_units_in_english_for_an_english_desk(
    live: Any, phone: Any, monkeypatch: Any
) -> None:
    """With the application in English, the phones are offered "hours", never "Unit: heures"."""
    import ui.live.service as service_module

    monkeypatch.setattr(service_module, "current_lang", lambda: "en")
    service, _ = live
    service._forget_state()
    state = phone.request("GET", "/api/state").json()
    kinds = {kind["value"]: kind for kind in state["resource_kinds"]}
    assert state["lang"] == "en"
    assert kinds["humain"]["unit"] == "hours"
    assert kinds["humain"]["units"] == ["hours", "people", "days"]
    assert all("heures" not in kind["units"] for kind in state["resource_kinds"])


def test_a_vote_lists_every_card_of_its_zones_and_refuses_the_others(live: Any, phone: Any) -> None:
    """A round on one zone lists all of that zone's cards (350, no silent cap at 300), zone by
    zone, none of the others; a vote for a card outside the round is refused."""
    from workshop.domain.records import Card

    service, _ = live
    store = service.context.store
    workshop_id = _workshop_id(service)
    voted_zone, other_zone = _zones(service)[0], _zones(service)[1]
    with store.atomic():
        for n in range(350):
            store.board.cards.add(
                Card(workshop_id=workshop_id, zone_id=voted_zone.id, text=f"Idée {n}")
            )
    outside = store.board.cards.add(
        Card(workshop_id=workshop_id, zone_id=other_zone.id, text="Ailleurs")
    )
    phone.join("Inès", "Pôle ESS Val de Lise")
    vote_round = _start_round(service, 3, [voted_zone.id])
    vote = phone.request("GET", "/api/state").json()["vote"]
    in_zone = store.board.cards.count("zone_id = ?", [voted_zone.id])
    assert (vote["round_id"], vote["zones"]) == (vote_round.id, [voted_zone.id])
    assert len(vote["cards"]) == vote["cards_total"] == in_zone > 350
    assert {card["zone_id"] for card in vote["cards"]} == {voted_zone.id}
    assert outside.id not in [card["id"] for card in vote["cards"]]
    refused = phone.request("POST", "/api/votes", {"request_id": "v1", "card_id": outside.id})
    assert (refused.status, refused.json()) == (
        409,
        {"error": "card_not_in_round", "field": "card_id"},
    )
    assert store.board.votes.count("card_id = ?", [outside.id]) == 0


def test_a_vote_is_marked_and_can_be_withdrawn(live: Any, phone: Any) -> None:
    """The cards a phone voted for show its dots; withdrawing one gives the vote back (one
    undoable step); withdrawing a vote it does not have, or after the round, is refused."""
    service, _ = live
    store = service.context.store
    card = store.board.cards.of_workshop(_workshop_id(service))[0]
    phone.join("Inès", "Pôle ESS Val de Lise")
    body = {"card_id": card.id}
    assert phone.request("POST", "/api/votes/withdraw", {"request_id": "w0", **body}).json() == {
        "error": "vote_closed"
    }
    _start_round(service, 3, [])
    for n in (1, 2):
        assert phone.request("POST", "/api/votes", {"request_id": f"v{n}", **body}).status == 201
    vote = phone.request("GET", "/api/state").json()["vote"]
    mine = {c["id"]: c["my_votes"] for c in vote["cards"]}
    assert mine[card.id] == 2 and vote["votes_left"] == 1
    assert sum(mine.values()) == 2  # no other card is marked
    withdrawn = phone.request("POST", "/api/votes/withdraw", {"request_id": "w1", **body})
    assert (withdrawn.status, withdrawn.json()) == (200, {"status": "withdrawn", "votes_left": 2})
    vote = phone.request("GET", "/api/state").json()["vote"]
    assert {c["id"]: c["my_votes"] for c in vote["cards"]}[card.id] == 1
    assert phone.request("POST", "/api/votes/withdraw", {"request_id": "w2", **body}).status == 200
    none_left = phone.request("POST", "/api/votes/withdraw", {"request_id": "w3", **body})
    assert (none_left.status, none_left.json()["error"]) == (409, "no_vote")
    service.context.undo_stack.undo()  # the facilitator undoes the last withdrawal
    assert phone.request("GET", "/api/state").json()["vote"]["votes_left"] == 2


def test_my_contributions_can_be_edited_or_withdrawn_until_the_facilitator_moves_them(
    live: Any, phone: Any, qtbot: Any
) -> None:
    """A phone lists its own cards, edits and withdraws them; once the facilitator moved one it
    is locked (409); another phone's card is not yours (404)."""
    from tests.ui.live.conftest import Phone
    from workshop.ops.board import CardMove, move_cards

    service, server = live
    store = service.context.store
    zone = _zones(service)[0]
    phone.join("Zoé", "SCOP Cuisine Commune")
    posted = [
        phone.request(
            "POST", "/api/cards", {"request_id": f"c{n}", "zone_id": zone.id, "text": text}
        ).json()["card_id"]
        for n, text in enumerate(["Un four", "Un jardin", "Une fête"])
    ]
    mine = phone.request("GET", "/api/state").json()["mine"]
    assert [(c["id"], c["text"], c["status"], c["editable"]) for c in mine["cards"]] == [
        (posted[0], "Un four", "published", True),
        (posted[1], "Un jardin", "published", True),
        (posted[2], "Une fête", "published", True),
    ]
    edited = phone.request(
        "POST",
        "/api/cards/edit",
        {"request_id": "e1", "card_id": posted[0], "text": "Un four à pain"},
    )
    assert (edited.status, edited.json()) == (200, {"status": "edited"})
    assert store.board.cards.get(posted[0]).text == "Un four à pain"
    withdrawn = phone.request(
        "POST", "/api/cards/withdraw", {"request_id": "w1", "card_id": posted[1]}
    )
    assert (withdrawn.status, withdrawn.json()) == (200, {"status": "withdrawn"})
    assert store.board.cards.count("id = ?", [posted[1]]) == 0
    card = store.board.cards.get(posted[2])
    service.context.apply(
        "Déplacer",
        lambda s: move_cards(s, [CardMove(card.id, card.x + 200, card.y + 40, card.zone_id)]),
    )
    mine = phone.request("GET", "/api/state").json()["mine"]
    assert [(c["id"], c["editable"]) for c in mine["cards"]] == [
        (posted[0], True),
        (posted[2], False),
    ]
    locked = phone.request(
        "POST", "/api/cards/edit", {"request_id": "e2", "card_id": posted[2], "text": "Autre"}
    )
    assert (locked.status, locked.json()) == (409, {"error": "card_locked", "field": "card_id"})
    assert (
        phone.request(
            "POST", "/api/cards/withdraw", {"request_id": "w2", "card_id": posted[2]}
        ).status
        == 409
    )
    assert store.board.cards.get(posted[2]).text == "Une fête"
    other = Phone(qtbot, server.port, service.session.code)
    other.join("Hugo", "SCOP Cuisine Commune")
    stolen = other.request("POST", "/api/cards/withdraw", {"request_id": "x", "card_id": posted[0]})
    assert (stolen.status, stolen.json()["error"]) == (404, "not_yours")
    assert other.request("GET", "/api/state").json()["mine"]["cards"] == []
    assert store.board.cards.count("id = ?", [posted[0]]) == 1


def test_a_contribution_waiting_for_moderation_is_the_phones_to_edit_or_withdraw(
    live: Any, phone: Any
) -> None:
    """In moderation mode "Mes contributions" shows the card and the commitment as pending; the
    phone corrects the card in the inbox, then withdraws it: the facilitator sees it go."""
    service, _ = live
    store = service.context.store
    zone = _zones(service)[0]
    alliance = store.alliances.of_workshop(_workshop_id(service))[0]
    service.set_moderated(True)
    phone.join("Noé", "SCOP Cuisine Commune")
    phone.request("POST", "/api/cards", {"request_id": "p1", "zone_id": zone.id, "text": "Idée"})
    phone.request(
        "POST",
        "/api/commitments",
        {
            "request_id": "p2",
            "alliance_id": alliance.id,
            "description": "Des tables",
            "resource_kind": "materiel",
            "quantity": "3 tables",
        },
    )
    mine = phone.request("GET", "/api/state").json()["mine"]
    (card,) = mine["cards"]
    assert (card["id"], card["status"], card["editable"], card["text"]) == (
        None,
        "pending",
        True,
        "Idée",
    )
    assert mine["commitments"] == [{"description": "Des tables", "status": "pending"}]
    pending_id = card["pending_id"]
    reply = phone.request(
        "POST",
        "/api/cards/edit",
        {"request_id": "e", "pending_id": pending_id, "text": "Idée nette"},
    )
    assert reply.status == 200
    assert [p.text for p in service.inbox.items()] == ["Idée nette", "Des tables"]
    reply = phone.request(
        "POST", "/api/cards/withdraw", {"request_id": "w", "pending_id": pending_id}
    )
    assert reply.status == 200
    assert [p.text for p in service.inbox.items()] == ["Des tables"]
    assert service.accept(service.inbox.items()[0].id)
    mine = phone.request("GET", "/api/state").json()["mine"]
    assert mine == {
        "cards": [],
        "commitments": [{"description": "Des tables", "status": "proposed"}],
    }
    (commitment,) = store.commitments.find("description = 'Des tables'")
    assert (commitment.quantity, commitment.unit) == (3.0, "tables")


def test_an_accepted_item_comes_back_to_the_inbox_when_the_acceptance_is_undone(
    live: Any, phone: Any
) -> None:
    """Undoing "accept" removes the card and puts the contribution back in the inbox."""
    service, _ = live
    zone = _zones(service)[0]
    service.set_moderated(True)
    phone.join()
    phone.request("POST", "/api/cards", {"request_id": "u", "zone_id": zone.id, "text": "Retour"})
    (item,) = service.inbox.items()
    assert service.accept(item.id) and len(service.inbox) == 0
    service.context.undo_stack.undo()
    assert [p.text for p in service.inbox.items()] == ["Retour"]
    assert service.context.store.board.cards.count("text = 'Retour'") == 0


def test_an_anonymous_workshop_keeps_names_off_the_cards_but_not_the_vote_budget(
    live: Any, phone: Any, qtbot: Any
) -> None:
    """Once the facilitator makes the workshop anonymous (undoable), phone cards carry neither
    person nor organisation, the join still counts the participant present, and each phone
    keeps its own vote budget."""
    from tests.ui.live.conftest import Phone

    service, server = live
    store = service.context.store
    workshop_id = _workshop_id(service)
    zone = _zones(service)[0]
    service.set_anonymous(True)
    assert store.workshops.get(workshop_id).anonymous
    assert phone.request("GET", "/api/state").json()["anonymous"] is True
    phone.join("Ysolde", "SCOP Cuisine Commune")
    reply = phone.request(
        "POST", "/api/cards", {"request_id": "a", "zone_id": zone.id, "text": "Secret"}
    )
    card = store.board.cards.get(reply.json()["card_id"])
    assert (card.person_id, card.organisation_id) == (None, None)
    assert service.context.undo_stack.undoText() == "Contribution anonyme"
    (view,) = store.board.card_views(workshop_id, [card.id])
    assert view.author == ""
    present = store.db.execute(
        "SELECT count(*) FROM attendance a JOIN people p ON p.id = a.person_id "
        "WHERE a.workshop_id = ? AND p.first_name = 'Ysolde' AND a.present = 1",
        [workshop_id],
    ).fetchone()[0]
    assert present == 1
    assert phone.request("GET", "/api/state").json()["mine"]["cards"][0]["id"] == card.id
    _start_round(service, 1, [])
    other = Phone(qtbot, server.port, service.session.code)
    other.join("Hugo", "SCOP Cuisine Commune")
    assert (
        phone.request("POST", "/api/votes", {"request_id": "v", "card_id": card.id}).status == 201
    )
    assert (
        phone.request("POST", "/api/votes", {"request_id": "v2", "card_id": card.id}).status == 409
    )
    assert (
        other.request("POST", "/api/votes", {"request_id": "v", "card_id": card.id}).status == 201
    )
    while store.workshops.get(workshop_id).anonymous:
        service.context.undo_stack.undo()
    assert not store.workshops.get(workshop_id).anonymous


def test_a_commitment_needs_its_kind_and_reads_units_typed_with_the_quantity(
    live: Any, phone: Any
) -> None:
    """No kind is refused naming the field; "2 bénévoles", "120 m²", "1 500 €" keep their unit,
    a bare number takes the kind's usual one, and a unit of 31 characters is refused."""
    service, _ = live
    store = service.context.store
    alliance = store.alliances.of_workshop(_workshop_id(service))[0]
    phone.join("Noé", "SCOP Cuisine Commune")

    def propose(request_id: str, **fields: Any) -> Any:
        body = {"request_id": request_id, "alliance_id": alliance.id, "description": request_id}
        return phone.request("POST", "/api/commitments", {**body, **fields})

    missing = propose("k0", quantity="2")
    assert (missing.status, missing.json()) == (
        422,
        {"error": "kind_required", "field": "resource_kind"},
    )
    assert propose("k1", resource_kind="humain", quantity="2 bénévoles").status == 202
    assert propose("k2", resource_kind="materiel", quantity="120 m²").status == 202
    assert propose("k3", resource_kind="financier", quantity="1\u202f500 €").status == 202
    assert propose("k4", resource_kind="humain", quantity="12").status == 202
    assert propose("k5", resource_kind="humain", quantity="4", unit="demi-journées").status == 202
    too_long = propose("k6", resource_kind="humain", quantity="4", unit="x" * 31)
    assert (too_long.status, too_long.json()) == (422, {"error": "too_long", "field": "unit"})
    words = propose("k7", resource_kind="humain", quantity="trois personnes")
    assert (words.status, words.json()) == (422, {"error": "invalid", "field": "quantity"})
    for item in service.inbox.items():
        assert service.accept(item.id)
    stored = {
        c.description: (c.quantity, c.unit) for c in store.commitments.find("description LIKE 'k_'")
    }
    assert stored == {
        "k1": (2.0, "bénévoles"),
        "k2": (120.0, "m²"),
        "k3": (1500.0, "€"),
        "k4": (12.0, "heures"),
        "k5": (4.0, "demi-journées"),
    }


def test_a_contribution_waiting_for_moderation_is_on_disk_before_the_phone_is_told(
    live: Any, phone: Any, db_path: Any
) -> None:
    """When a phone is told its card waits for moderation, the item is already in the
    database file: another connection (the laptop after a crash) reads it."""
    import sqlite3

    service, _ = live
    zone = _zones(service)[0]
    service.set_moderated(True)
    phone.join()
    reply = phone.request(
        "POST", "/api/cards", {"request_id": "d", "zone_id": zone.id, "text": "Gardée"}
    )
    assert reply.json()["status"] == "pending"
    (item,) = service.inbox.items()
    assert reply.json()["pending_id"] == item.id  # what "Mes contributions" names it by
    other = sqlite3.connect(db_path)
    try:
        rows = other.execute("SELECT kind, request FROM live_inbox").fetchall()
    finally:
        other.close()
    assert [(kind, json.loads(request)["text"]) for kind, request in rows] == [("card", "Gardée")]


def test_after_a_restart_a_phone_still_finds_its_contributions(live: Any, phone: Any) -> None:
    """The laptop restarted (the server forgot every phone): the phone joins again with its
    token and still lists, and may still edit, the card it posted before."""
    service, _ = live
    zone = _zones(service)[0]
    phone.join("Ysolde", "SCOP Cuisine Commune")
    token = phone.device
    card_id = phone.request(
        "POST", "/api/cards", {"request_id": "b", "zone_id": zone.id, "text": "Avant"}
    ).json()["card_id"]
    service.session.devices.clear()
    service.session._joined.clear()
    assert phone.request("GET", "/api/state").status == 401
    assert phone.join("Ysolde", "SCOP Cuisine Commune").status == 201
    assert phone.device == token
    (card,) = phone.request("GET", "/api/state").json()["mine"]["cards"]
    assert (card["id"], card["editable"]) == (card_id, True)
    edited = phone.request(
        "POST", "/api/cards/edit", {"request_id": "e", "card_id": card_id, "text": "Après"}
    )
    assert edited.status == 200


def test_a_phone_holding_the_vote_list_is_not_sent_it_again(live: Any, phone: Any) -> None:
    """A phone that names the card list it holds ("cards_version") gets no list while it is
    the same, its own dots still told; a new card changes the version and the list comes."""
    service, _ = live
    store = service.context.store
    zone = _zones(service)[0]
    phone.join("Inès", "Pôle ESS Val de Lise")
    _start_round(service, 3, [])
    card = store.board.cards.of_workshop(_workshop_id(service))[0]
    phone.request("POST", "/api/votes", {"request_id": "v", "card_id": card.id})
    full = phone.request("GET", "/api/state").json()["vote"]
    assert len(full["cards"]) == full["cards_total"] > 0
    version = full["cards_version"]
    held = phone.request("GET", "/api/state", X_Catalyse_Vote_Cards=version)
    vote = held.json()["vote"]
    assert vote["cards"] is None and vote["cards_version"] == version
    assert vote["my_votes"] == {str(card.id): 1} and vote["votes_left"] == 2
    assert len(held.body) + 2000 < len(phone.request("GET", "/api/state").body)
    phone.request("POST", "/api/cards", {"request_id": "n", "zone_id": zone.id, "text": "Neuve"})
    service.flush_changes()  # the screens' (and phones') refresh of this batch
    changed = phone.request("GET", "/api/state", X_Catalyse_Vote_Cards=version).json()["vote"]
    assert changed["cards_version"] != version
    assert "Neuve" in [c["text"] for c in changed["cards"]]


def test_phones_see_everyone_s_votes_only_once_the_facilitator_reveals_them(
    live: Any, phone: Any
) -> None:
    """During a hidden vote a phone gets no totals (as the board shows none); once revealed it
    gets each card's votes, the room's and the sticker dots included."""
    from workshop.ops import votes

    service, _ = live
    context = service.context
    workshop_id = context.current_workshop_id
    card = context.store.board.cards.of_workshop(workshop_id)[0]
    phone.join("Inès", "Pôle ESS Val de Lise")
    context.store.board.rounds.start(workshop_id, 3, revealed=False)
    context.apply("", lambda store: votes.cast_room_vote(store, card.id))
    context.apply("", lambda store: votes.set_paper_dots(store, card.id, 4))
    hidden = phone.request("GET", "/api/state").json()["vote"]
    assert hidden["revealed"] is False and hidden["totals"] is None
    context.apply("", lambda store: votes.reveal_votes(store, workshop_id))
    shown = phone.request("GET", "/api/state").json()["vote"]
    assert shown["revealed"] is True and shown["totals"] == {str(card.id): 5}
